package id.warta.channels.internal;

import java.util.List;
import java.util.Optional;

import id.warta.newsroom.Channel;
import org.springframework.data.jpa.repository.JpaRepository;

interface ChannelAccountRepository extends JpaRepository<ChannelAccount, Long> {

	Optional<ChannelAccount> findByAgencyIdAndChannel(long agencyId, Channel channel);

	List<ChannelAccount> findByAgencyId(long agencyId);
}
